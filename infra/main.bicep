// Groupement: everything the product needs in one resource group: the Azure Functions app on the Flex Consumption
// plan (HTTP API, timer, Durable Functions on Azure Storage) and, optionally, the OCR worker job on Container Apps.
// Plain resource declarations only (no registry modules), so `bicep build` works offline. Deploy: see
// docs/operations.md.
targetScope = 'resourceGroup'

@description('Azure region of every resource. Defaults to the resource group\'s region; it must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('Short name used to derive resource names (lowercase letters, digits and hyphens).')
@minLength(2)
@maxLength(20)
param baseName string = 'groupement'

@description('Durable task hub name (TASKHUB_NAME, host.json hubName): prefix of the task hub\'s tables, queues and containers; letters and digits only, starting with a letter. Two deployments sharing one storage account need two hub names; changing it on a running system orphans in-flight orchestrations (see docs/operations.md).')
@minLength(3)
@maxLength(40)
param taskHubName string = 'groupement'

@description('Storage redundancy. ZRS or GZRS where the region has availability zones.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS', 'Standard_RAGRS', 'Standard_RAGZRS'])
param storageSku string = 'Standard_LRS'

@description('Days a deleted or overwritten blob (or a deleted container) can be recovered; point-in-time restore covers one day less.')
@minValue(7)
@maxValue(365)
param blobSoftDeleteDays int = 30

@description('Name of the blob container holding the adhésion documents (délibérations, conventions).')
param documentsContainerName string = 'documents'

@description('Admin API key (Auth__AdminKey), stored in Key Vault. Required on the first deployment; leave empty afterwards to keep the secret already in the vault.')
@secure()
param adminKey string = ''

@description('SendGrid API key (SendGrid__ApiKey, "Mail Send" permission), stored in Key Vault. Required on the first deployment; leave empty afterwards to keep the secret already in the vault.')
@secure()
param sendGridApiKey string = ''

@description('Sender address of every email (a verified SendGrid sender or an address of an authenticated domain).')
param sendGridFromEmail string

@description('Sender display name of every email.')
param sendGridFromName string = 'Groupement de commandes'

@description('Public key shown by SendGrid for the signed event webhook (SendGrid__WebhookVerificationKey). Not a secret. Empty until the webhook is configured.')
param sendGridWebhookVerificationKey string = ''

@description('Public base URL used in email links. Empty: the function app\'s own https address.')
param publicBaseUrl string = ''

@description('NCRONTAB schedule (six fields) of the daily reminder sweep, in UTC: Flex Consumption has no time zone setting. 05:00 UTC is 06:00 or 07:00 in Paris; the sweep decides Paris civil days in code.')
param remindersSchedule string = '0 0 5 * * *'

@description('IANA time zone of civil-day computations (read by the app, not by the platform).')
param timeZone string = 'Europe/Paris'

@description('Anonymous submissions allowed per client and minute.')
@minValue(1)
param submissionsPerMinute int = 120

@description('Most instances the Functions app may scale out to (Flex Consumption: 40 to 1000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of each Functions instance, in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Always-ready instances of the durable group (orchestrations and activities). Microsoft\'s guidance for Durable on Azure Storage on Flex is 1: an idle app then still polls its queues and wakes its timers.')
@minValue(0)
@maxValue(10)
param durableAlwaysReadyInstances int = 1

@description('Ceiling of the Durable queue polling back-off (hh:mm:ss). Worst-case delay of a message after idle; at most 10 s on Flex (Microsoft\'s guidance), and each halving doubles the idle queue transactions.')
param durableMaxQueuePollingInterval string = '00:00:10'

@description('Container image of the OCR worker (the Dockerfile\'s image, with Tesseract), e.g. myregistry.azurecr.io/groupement:1.0.0. Empty: no OCR worker; scans without a text layer then get DELIB_NOT_READABLE.')
param ocrWorkerImage string = ''

@description('Name of an existing Azure Container Registry in this resource group to pull the OCR image from with the managed identity (AcrPull). Empty when the image is public or there is no OCR worker.')
param containerRegistryName string = ''

@description('Most OCR executions running at once.')
@minValue(1)
@maxValue(20)
param ocrMaxExecutions int = 3

@description('Longest one OCR execution may run, in seconds.')
@minValue(300)
@maxValue(14400)
param ocrTimeoutSeconds int = 1800

@description('Days Log Analytics keeps logs and traces.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 90

@description('Object id of the administrators\' Entra group or user: gets Key Vault Secrets Officer (key rotation) and read access to blobs, queues and tables (backups, task hub inspection). Empty: no assignment.')
param administratorPrincipalId string = ''

@description('Kind of principal behind administratorPrincipalId.')
@allowed(['User', 'Group', 'ServicePrincipal'])
param administratorPrincipalType string = 'Group'

@description('Tags put on every resource.')
param tags object = {
  application: 'groupement'
}

@description('Deploy the pages (web/) on Azure Static Web Apps (Standard, the Functions app as its linked backend). False: the API only.')
param deployStaticWebApp bool = true

@description('Region of the static web app (Static Web Apps runs in westeurope, centralus, eastus2, westus2, eastasia; the content is served worldwide).')
@allowed(['westeurope', 'centralus', 'eastus2', 'westus2', 'eastasia'])
param staticWebAppLocation string = 'westeurope'

var suffix = uniqueString(resourceGroup().id, baseName)
var functionAppName = 'func-${baseName}-${suffix}'
// The Flex samples' naming: app-package-<app>-<token>, 63 characters at most.
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(suffix, 7)}'
var ocrRequestQueueName = 'ocr-requests'
var deployOcr = !empty(ocrWorkerImage)

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-${baseName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    tags: tags
    workspaceName: 'log-${baseName}'
    appInsightsName: 'appi-${baseName}'
    retentionDays: logRetentionDays
    appPrincipalId: identity.properties.principalId
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    tags: tags
    accountName: 'st${suffix}'
    sku: storageSku
    softDeleteDays: blobSoftDeleteDays
    documentsContainerName: documentsContainerName
    taskHubName: taskHubName
    deploymentContainerName: deploymentContainerName
    ocrRequestQueueName: ocrRequestQueueName
    workspaceId: monitoring.outputs.workspaceId
    appPrincipalId: identity.properties.principalId
    administratorPrincipalId: administratorPrincipalId
    administratorPrincipalType: administratorPrincipalType
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    location: location
    tags: tags
    vaultName: 'kv-${suffix}'
    adminKey: adminKey
    sendGridApiKey: sendGridApiKey
    workspaceId: monitoring.outputs.workspaceId
    appPrincipalId: identity.properties.principalId
    administratorPrincipalId: administratorPrincipalId
    administratorPrincipalType: administratorPrincipalType
  }
}

module web 'modules/staticwebapp.bicep' = if (deployStaticWebApp) {
  name: 'staticwebapp'
  params: {
    location: staticWebAppLocation
    tags: tags
    name: 'stapp-${baseName}-${suffix}'
  }
}

module app 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    location: location
    tags: tags
    planName: 'plan-${baseName}'
    appName: functionAppName
    identityId: identity.id
    identityClientId: identity.properties.clientId
    blobServiceUri: storage.outputs.blobServiceUri
    queueServiceUri: storage.outputs.queueServiceUri
    tableServiceUri: storage.outputs.tableServiceUri
    deploymentContainerName: storage.outputs.deploymentContainer
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    adminKeySecretUri: keyVault.outputs.adminKeySecretUri
    sendGridApiKeySecretUri: keyVault.outputs.sendGridApiKeySecretUri
    taskHubName: taskHubName
    maxQueuePollingInterval: durableMaxQueuePollingInterval
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    durableAlwaysReadyInstances: durableAlwaysReadyInstances
    sendGridFromEmail: sendGridFromEmail
    sendGridFromName: sendGridFromName
    sendGridWebhookVerificationKey: sendGridWebhookVerificationKey
    // Emails link to the pages: the static web app's address unless one is given.
    publicBaseUrl: empty(publicBaseUrl) && deployStaticWebApp ? web!.outputs.url : publicBaseUrl
    remindersSchedule: remindersSchedule
    timeZone: timeZone
    submissionsPerMinute: submissionsPerMinute
    ocrMode: deployOcr ? 'queue' : 'off'
    ocrRequestQueueName: storage.outputs.ocrRequestQueue
  }
}

module webBackend 'modules/staticwebapp-backend.bicep' = if (deployStaticWebApp) {
  name: 'staticwebapp-backend'
  params: {
    staticWebAppName: web!.outputs.name
    functionAppId: app.outputs.id
    functionAppLocation: location
  }
}

module registryAccess 'modules/registry-access.bicep' = if (deployOcr && !empty(containerRegistryName)) {
  name: 'registry-access'
  params: {
    registryName: containerRegistryName
    appPrincipalId: identity.properties.principalId
  }
}

module ocr 'modules/ocr.bicep' = if (deployOcr) {
  name: 'ocr'
  params: {
    location: location
    tags: tags
    environmentName: 'cae-${baseName}'
    jobName: 'caj-${baseName}-ocr'
    containerImage: ocrWorkerImage
    registryServer: empty(containerRegistryName) ? '' : registryAccess!.outputs.loginServer
    identityId: identity.id
    identityClientId: identity.properties.clientId
    workspaceName: monitoring.outputs.workspaceName
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    storageAccountName: storage.outputs.accountName
    blobServiceUri: storage.outputs.blobServiceUri
    queueServiceUri: storage.outputs.queueServiceUri
    tableServiceUri: storage.outputs.tableServiceUri
    taskHubName: taskHubName
    requestQueueName: storage.outputs.ocrRequestQueue
    maxExecutions: ocrMaxExecutions
    replicaTimeoutSeconds: ocrTimeoutSeconds
  }
}

@description('The https address of the app (the pages\' address when the static web app is deployed).')
output url string = app.outputs.url

@description('Static web app name (az staticwebapp commands; deploy web/ with its deployment token), or empty.')
output staticWebAppName string = deployStaticWebApp ? web!.outputs.name : ''

@description('The URL to give SendGrid for the event webhook.')
output sendGridWebhookUrl string = '${app.outputs.url}/api/events/sendgrid'

@description('Function app name (az functionapp commands, func azure functionapp publish).')
output functionAppName string = app.outputs.appName

@description('Blob container holding the deployment package.')
output deploymentContainerName string = storage.outputs.deploymentContainer

@description('Storage account name (backups, task hub inspection).')
output storageAccountName string = storage.outputs.accountName

@description('Key Vault name (key rotation).')
output keyVaultName string = keyVault.outputs.vaultName

@description('Container Apps job of the OCR worker, or empty when it is not deployed.')
output ocrJobName string = deployOcr ? ocr!.outputs.jobName : ''

@description('Client id of the app\'s managed identity.')
output identityClientId string = identity.properties.clientId

@description('Log Analytics workspace name (logs and traces).')
output logAnalyticsWorkspaceName string = monitoring.outputs.workspaceName
