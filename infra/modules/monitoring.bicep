// Log Analytics (Functions and OCR worker logs, Key Vault and storage audit) and a workspace-based Application
// Insights (traces), to which the app's identity publishes with Microsoft Entra authentication
// (APPLICATIONINSIGHTS_AUTHENTICATION_STRING): Monitoring Metrics Publisher on the component.

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Log Analytics workspace name.')
param workspaceName string

@description('Application Insights component name.')
param appInsightsName string

@description('Days logs are kept.')
param retentionDays int

@description('Principal id of the app\'s managed identity (publishes telemetry).')
param appPrincipalId string

var metricsPublisherRole = '3913510d-42f4-4e42-8a64-420c390055eb'

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
  }
}

resource appMetricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, appPrincipalId, metricsPublisherRole)
  scope: appInsights
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', metricsPublisherRole)
  }
}

@description('Resource id of the workspace.')
output workspaceId string = workspace.id

@description('Name of the workspace.')
output workspaceName string = workspace.name

@description('Application Insights connection string (an ingestion endpoint and key, not a credential to read data).')
output appInsightsConnectionString string = appInsights.properties.ConnectionString
