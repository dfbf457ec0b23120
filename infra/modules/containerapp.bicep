// The host: an Azure Container Apps environment (console and system logs to Log Analytics; the app sends its
// OpenTelemetry traces to Application Insights itself, from APPLICATIONINSIGHTS_CONNECTION_STRING)
// and the container app, always at least one replica (timers), scaled out on the runtime's queues and on HTTP.

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Container Apps environment name.')
param environmentName string

@description('Container app name (also the first label of its default host name).')
param appName string

@description('Container image of the host.')
param containerImage string

@description('Login server of the private registry, or empty for a public image.')
param registryServer string

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of the user-assigned managed identity.')
param identityClientId string

@description('Log Analytics workspace name (same resource group).')
param workspaceName string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Storage account name (queue scale rules).')
param storageAccountName string

@description('Blob endpoint of the storage account.')
param blobServiceUri string

@description('Queue endpoint of the storage account.')
param queueServiceUri string

@description('Table endpoint of the storage account.')
param tableServiceUri string

@description('Versionless Key Vault URI of the admin key.')
param adminKeySecretUri string

@description('Versionless Key Vault URI of the SendGrid API key.')
param sendGridApiKeySecretUri string

@description('Durable task hub name.')
param taskHubName string

@description('Sender address.')
param sendGridFromEmail string

@description('Sender display name.')
param sendGridFromName string

@description('Public key of the signed SendGrid event webhook, or empty.')
param sendGridWebhookVerificationKey string

@description('Public base URL of email links, or empty for the app\'s own address.')
param publicBaseUrl string

@description('NCRONTAB schedule of the reminder sweep.')
param remindersSchedule string

@description('IANA time zone.')
param timeZone string

@description('Anonymous submissions per client and minute.')
param submissionsPerMinute int

@description('Most replicas.')
param maxReplicas int

@description('Queue messages per replica before scaling out.')
param queueLengthPerReplica int

var port = 7071
var hub = toLower(taskHubName)
// The durable runtime's queues (Groupement.Durable.AzureStorage TaskHubStorage): instance work hints and activity
// invocations. Change here if the runtime's naming changes.
var runtimeQueues = ['${hub}-control', '${hub}-workitems']
var queueRules = [
  for queue in runtimeQueues: {
    name: 'queue-${queue}'
    azureQueue: {
      accountName: storageAccountName
      queueName: queue
      queueLength: queueLengthPerReplica
      identity: identityId
    }
  }
]
var httpRule = {
  name: 'http'
  http: {
    metadata: {
      concurrentRequests: '50'
    }
  }
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' existing = {
  name: workspaceName
}

resource environment 'Microsoft.App/managedEnvironments@2025-07-01' = {
  name: environmentName
  location: location
  tags: tags
  properties: {
    // A workload-profiles environment with only the serverless Consumption profile (pay per use).
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
    ]
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: workspace.properties.customerId
        sharedKey: workspace.listKeys().primarySharedKey
      }
    }
  }
}

var publicUrl = empty(publicBaseUrl) ? 'https://${appName}.${environment.properties.defaultDomain}' : publicBaseUrl

resource app 'Microsoft.App/containerApps@2025-07-01' = {
  name: appName
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    environmentId: environment.id
    workloadProfileName: 'Consumption'
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      registries: empty(registryServer) ? [] : [
        {
          server: registryServer
          identity: identityId
        }
      ]
      secrets: [
        {
          name: 'auth-admin-key'
          keyVaultUrl: adminKeySecretUri
          identity: identityId
        }
        {
          name: 'sendgrid-api-key'
          keyVaultUrl: sendGridApiKeySecretUri
          identity: identityId
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'host'
          image: containerImage
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          env: [
            { name: 'AzureWebJobsStorage__blobServiceUri', value: blobServiceUri }
            { name: 'AzureWebJobsStorage__queueServiceUri', value: queueServiceUri }
            { name: 'AzureWebJobsStorage__tableServiceUri', value: tableServiceUri }
            { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
            { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
            { name: 'AZURE_CLIENT_ID', value: identityClientId }
            { name: 'Durable__TaskHubName', value: taskHubName }
            { name: 'Auth__AdminKey', secretRef: 'auth-admin-key' }
            { name: 'Email__Mode', value: 'sendgrid' }
            { name: 'SendGrid__ApiKey', secretRef: 'sendgrid-api-key' }
            { name: 'SendGrid__FromEmail', value: sendGridFromEmail }
            { name: 'SendGrid__FromName', value: sendGridFromName }
            { name: 'SendGrid__WebhookVerificationKey', value: sendGridWebhookVerificationKey }
            { name: 'PublicBaseUrl', value: publicUrl }
            { name: 'TimeZone', value: timeZone }
            { name: 'Reminders__Schedule', value: remindersSchedule }
            { name: 'RateLimit__SubmissionsPerMinute', value: string(submissionsPerMinute) }
            { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
            { name: 'OTEL_SERVICE_NAME', value: 'groupement' }
          ]
          probes: [
            {
              type: 'Startup'
              tcpSocket: { port: port }
              periodSeconds: 5
              failureThreshold: 24
            }
            {
              type: 'Readiness'
              httpGet: { path: '/api/health', port: port }
              periodSeconds: 15
              failureThreshold: 3
            }
            {
              type: 'Liveness'
              tcpSocket: { port: port }
              periodSeconds: 30
              failureThreshold: 3
            }
          ]
        }
      ]
      scale: {
        // One replica at least: the timer functions and the queue pollers live in the process (infra/README.md).
        minReplicas: 1
        maxReplicas: maxReplicas
        rules: concat(queueRules, [httpRule])
      }
    }
  }
}

@description('The app\'s https address (or the configured public base URL).')
output url string = publicUrl

@description('Container app name.')
output appName string = app.name
