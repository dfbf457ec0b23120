// The Functions app on the Flex Consumption plan: HTTP API, the reminder timer and the Durable Functions
// orchestrations and activities (task hub on the storage account, identity-based, no key anywhere).
// Shape from Azure-Samples/azure-functions-flex-consumption-samples and durable-functions-quickstart-dotnet-azd.

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Flex Consumption plan name.')
param planName string

@description('Function app name (globally unique: the first label of <name>.azurewebsites.net).')
param appName string

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Client id of the user-assigned managed identity.')
param identityClientId string

@description('Blob endpoint of the storage account (ends with a slash).')
param blobServiceUri string

@description('Queue endpoint of the storage account.')
param queueServiceUri string

@description('Table endpoint of the storage account.')
param tableServiceUri string

@description('Blob container the deployment package is uploaded to.')
param deploymentContainerName string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Versionless Key Vault URI of the admin key.')
param adminKeySecretUri string

@description('Versionless Key Vault URI of the SendGrid API key.')
param sendGridApiKeySecretUri string

@description('Durable task hub name.')
param taskHubName string

@description('Ceiling of the Durable queue polling back-off, as hh:mm:ss (10 s at most on Flex with always-ready 1).')
param maxQueuePollingInterval string

@description('Most instances the app may scale out to.')
param maximumInstanceCount int

@description('Memory of each instance, in MB.')
param instanceMemoryMB int

@description('Always-ready instances of the durable group (orchestrations, activities).')
param durableAlwaysReadyInstances int

@description('Sender address.')
param sendGridFromEmail string

@description('Sender display name.')
param sendGridFromName string

@description('Public key of the signed SendGrid event webhook, or empty.')
param sendGridWebhookVerificationKey string

@description('Public base URL of email links, or empty for the app\'s own address.')
param publicBaseUrl string

@description('NCRONTAB schedule of the reminder sweep, in UTC.')
param remindersSchedule string

@description('IANA time zone of civil-day computations.')
param timeZone string

@description('Anonymous submissions per client and minute.')
param submissionsPerMinute int

@description('How the app gets scans read: queue (the OCR worker of modules/ocr.bicep) or off.')
@allowed(['queue', 'off'])
param ocrMode string

@description('Queue the app puts OCR requests on.')
param ocrRequestQueueName string

var publicUrl = empty(publicBaseUrl) ? 'https://${appName}.azurewebsites.net' : publicBaseUrl

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

// Flex takes the runtime from functionAppConfig.runtime: the FUNCTIONS_WORKER_RUNTIME app setting is refused there
// ("The following app setting (Site.SiteConfig.AppSettings.FUNCTIONS_WORKER_RUNTIME) for Flex Consumption sites is
// invalid", microsoft/vscode-azurefunctions#4142, #4761). FUNCTIONS_EXTENSION_VERSION is kept (Azure/azure-functions-host#10714).
resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobServiceUri}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        alwaysReady: [
          {
            name: 'durable'
            instanceCount: durableAlwaysReadyInstances
          }
        ]
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      appSettings: [
        // Host storage and the Durable task hub: identity-based; Durable on Azure Storage needs all three URIs.
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
        { name: 'AzureWebJobsStorage__blobServiceUri', value: blobServiceUri }
        { name: 'AzureWebJobsStorage__queueServiceUri', value: queueServiceUri }
        { name: 'AzureWebJobsStorage__tableServiceUri', value: tableServiceUri }
        { name: 'AZURE_CLIENT_ID', value: identityClientId }
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD;ClientId=${identityClientId}' }
        // host.json reads "hubName": "%TASKHUB_NAME%"; the app's own code reads Durable__TaskHubName.
        { name: 'TASKHUB_NAME', value: taskHubName }
        { name: 'Durable__TaskHubName', value: taskHubName }
        // The extension defaults the polling ceiling to 1 s on Flex; Microsoft's guidance for Flex is at most 10 s.
        { name: 'AzureFunctionsJobHost__extensions__durableTask__storageProvider__maxQueuePollingInterval', value: maxQueuePollingInterval }
        { name: 'Auth__AdminKey', value: '@Microsoft.KeyVault(SecretUri=${adminKeySecretUri})' }
        { name: 'Email__Mode', value: 'sendgrid' }
        { name: 'SendGrid__ApiKey', value: '@Microsoft.KeyVault(SecretUri=${sendGridApiKeySecretUri})' }
        { name: 'SendGrid__FromEmail', value: sendGridFromEmail }
        { name: 'SendGrid__FromName', value: sendGridFromName }
        { name: 'SendGrid__WebhookVerificationKey', value: sendGridWebhookVerificationKey }
        { name: 'PublicBaseUrl', value: publicUrl }
        { name: 'TimeZone', value: timeZone }
        { name: 'Reminders__Schedule', value: remindersSchedule }
        { name: 'RateLimit__SubmissionsPerMinute', value: string(submissionsPerMinute) }
        { name: 'Ocr__Mode', value: ocrMode }
        { name: 'Ocr__RequestQueue', value: ocrRequestQueueName }
      ]
    }
  }
}

@description('Function app name.')
output appName string = site.name

@description('Resource id of the app (the static web app\'s linked backend).')
output id string = site.id

@description('The app\'s https address (or the configured public base URL).')
output url string = publicUrl

@description('Default host name of the app.')
output defaultHostName string = site.properties.defaultHostName
