// Groupement: everything the host needs in one resource group. Plain resource declarations only (no registry
// modules), so `bicep build` works offline. Deploy: see docs/operations.md.
targetScope = 'resourceGroup'

@description('Azure region of every resource. Defaults to the resource group\'s region.')
param location string = resourceGroup().location

@description('Short name used to derive resource names (lowercase letters, digits and hyphens).')
@minLength(2)
@maxLength(20)
param baseName string = 'groupement'

@description('Container image of the host, e.g. myregistry.azurecr.io/groupement:1.0.0 (see Dockerfile).')
param containerImage string

@description('Name of an existing Azure Container Registry in this resource group to pull the image from with the managed identity (AcrPull). Empty when the image is public.')
param containerRegistryName string = ''

@description('Durable task hub name: prefix of the runtime\'s tables, queues and containers (lowercase letters and digits). Two deployments sharing one storage account need two hub names; changing it on a running system orphans in-flight orchestrations (see docs/operations.md).')
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

@description('Public base URL used in email links. Empty: the container app\'s own https address.')
param publicBaseUrl string = ''

@description('NCRONTAB schedule (six fields) of the daily reminder sweep, in the TimeZone below.')
param remindersSchedule string = '0 0 6 * * *'

@description('IANA time zone of civil-day computations and schedules.')
param timeZone string = 'Europe/Paris'

@description('Anonymous submissions allowed per client and minute.')
@minValue(1)
param submissionsPerMinute int = 120

@description('Most replicas the queue and HTTP scale rules may start. The minimum is always 1. Raise it only once the timer sweeps are known to be idempotent across replicas (see infra/README.md).')
@minValue(1)
@maxValue(10)
param maxReplicas int = 1

@description('Queue messages per replica before another replica is started.')
@minValue(1)
param queueLengthPerReplica int = 20

@description('Days Log Analytics keeps logs and traces.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 90

@description('Object id of the administrators\' Entra group or user: gets Key Vault Secrets Officer (key rotation) and read access to blobs, queues and tables (backups, poison messages). Empty: no assignment.')
param administratorPrincipalId string = ''

@description('Kind of principal behind administratorPrincipalId.')
@allowed(['User', 'Group', 'ServicePrincipal'])
param administratorPrincipalType string = 'Group'

@description('Tags put on every resource.')
param tags object = {
  application: 'groupement'
}

var suffix = uniqueString(resourceGroup().id, baseName)

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

module registryAccess 'modules/registry-access.bicep' = if (!empty(containerRegistryName)) {
  name: 'registry-access'
  params: {
    registryName: containerRegistryName
    appPrincipalId: identity.properties.principalId
  }
}

module app 'modules/containerapp.bicep' = {
  name: 'containerapp'
  params: {
    location: location
    tags: tags
    environmentName: 'cae-${baseName}'
    appName: 'ca-${baseName}'
    containerImage: containerImage
    registryServer: empty(containerRegistryName) ? '' : registryAccess!.outputs.loginServer
    identityId: identity.id
    identityClientId: identity.properties.clientId
    workspaceName: monitoring.outputs.workspaceName
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    storageAccountName: storage.outputs.accountName
    blobServiceUri: storage.outputs.blobServiceUri
    queueServiceUri: storage.outputs.queueServiceUri
    tableServiceUri: storage.outputs.tableServiceUri
    adminKeySecretUri: keyVault.outputs.adminKeySecretUri
    sendGridApiKeySecretUri: keyVault.outputs.sendGridApiKeySecretUri
    taskHubName: taskHubName
    sendGridFromEmail: sendGridFromEmail
    sendGridFromName: sendGridFromName
    sendGridWebhookVerificationKey: sendGridWebhookVerificationKey
    publicBaseUrl: publicBaseUrl
    remindersSchedule: remindersSchedule
    timeZone: timeZone
    submissionsPerMinute: submissionsPerMinute
    maxReplicas: maxReplicas
    queueLengthPerReplica: queueLengthPerReplica
  }
}

@description('The https address of the host.')
output url string = app.outputs.url

@description('The URL to give SendGrid for the event webhook.')
output sendGridWebhookUrl string = '${app.outputs.url}/api/sendgrid/events'

@description('Storage account name (backups, AzCopy).')
output storageAccountName string = storage.outputs.accountName

@description('Key Vault name (key rotation).')
output keyVaultName string = keyVault.outputs.vaultName

@description('Container app name (az containerapp commands).')
output containerAppName string = app.outputs.appName

@description('Client id of the host\'s managed identity.')
output identityClientId string = identity.properties.clientId

@description('Log Analytics workspace name (logs and traces).')
output logAnalyticsWorkspaceName string = monitoring.outputs.workspaceName
