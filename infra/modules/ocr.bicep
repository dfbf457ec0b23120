// Optional OCR worker for scanned délibérations. Flex Consumption cannot install Debian packages (Tesseract,
// poppler), so scans are read by the container image (Dockerfile: the local host with tesseract-ocr-fra) run as an
// event-driven Container Apps job: KEDA watches the OCR request queue with the managed identity, starts one
// execution per waiting message (up to maxExecutions at once) and nothing runs, nothing is billed, while the queue
// is empty. Each execution runs the image with Ocr__Mode=worker: it reads requests from the queue, runs OCR, hands
// the result back through the task hub and exits when the queue is empty.

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Container Apps environment name.')
param environmentName string

@description('Container Apps job name.')
param jobName string

@description('Container image (the same image as the Dockerfile builds).')
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

@description('Storage account name (queue scale rule).')
param storageAccountName string

@description('Blob endpoint of the storage account.')
param blobServiceUri string

@description('Queue endpoint of the storage account.')
param queueServiceUri string

@description('Table endpoint of the storage account.')
param tableServiceUri string

@description('Durable task hub name (the worker raises the result to the waiting orchestration).')
param taskHubName string

@description('Queue of the OCR requests.')
param requestQueueName string

@description('Most executions running at once.')
param maxExecutions int

@description('Longest an execution may run, in seconds, before it is stopped (its message becomes visible again).')
param replicaTimeoutSeconds int

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

resource job 'Microsoft.App/jobs@2025-07-01' = {
  name: jobName
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
      triggerType: 'Event'
      replicaTimeout: replicaTimeoutSeconds
      replicaRetryLimit: 1
      eventTriggerConfig: {
        parallelism: 1
        replicaCompletionCount: 1
        scale: {
          minExecutions: 0
          maxExecutions: maxExecutions
          pollingInterval: 30
          rules: [
            {
              name: 'ocr-requests'
              type: 'azure-queue'
              metadata: {
                accountName: storageAccountName
                queueName: requestQueueName
                queueLength: '1'
              }
              identity: identityId
            }
          ]
        }
      }
      registries: empty(registryServer) ? [] : [
        {
          server: registryServer
          identity: identityId
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'ocr'
          image: containerImage
          resources: {
            cpu: json('1.0')
            memory: '2Gi'
          }
          env: [
            { name: 'Ocr__Mode', value: 'worker' }
            { name: 'Ocr__RequestQueue', value: requestQueueName }
            { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
            { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
            { name: 'AzureWebJobsStorage__blobServiceUri', value: blobServiceUri }
            { name: 'AzureWebJobsStorage__queueServiceUri', value: queueServiceUri }
            { name: 'AzureWebJobsStorage__tableServiceUri', value: tableServiceUri }
            { name: 'AZURE_CLIENT_ID', value: identityClientId }
            { name: 'Durable__TaskHubName', value: taskHubName }
            { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
            { name: 'OTEL_SERVICE_NAME', value: 'groupement-ocr' }
          ]
        }
      ]
    }
  }
}

@description('Container Apps job name.')
output jobName string = job.name
