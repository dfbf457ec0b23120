// The storage account of the host and its durable runtime: blobs (documents, large payloads), queues (runtime
// messages), tables (runtime state, read models, audit). No shared key: every caller uses Microsoft Entra ID.

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Storage account name (3 to 24 lowercase letters and digits, globally unique).')
param accountName string

@description('Storage redundancy.')
param sku string

@description('Soft delete retention of blobs and containers, in days.')
param softDeleteDays int

@description('Blob container of the adhésion documents.')
param documentsContainerName string

@description('Task hub name: prefix of the runtime\'s containers, whose old blob versions are trimmed.')
param taskHubName string

@description('Log Analytics workspace receiving the blob audit logs.')
param workspaceId string

@description('Principal id of the host\'s managed identity.')
param appPrincipalId string

@description('Principal id of the administrators (read access), or empty.')
param administratorPrincipalId string

@description('Kind of principal behind administratorPrincipalId.')
param administratorPrincipalType string

var roles = {
  blobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  queueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  tableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  blobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
  queueDataReader: '19e7f393-937e-4f77-808e-94535e297925'
  tableDataReader: '76199698-9eea-4c19-bc75-cec21354c6b6'
}
var appRoles = [roles.blobDataContributor, roles.queueDataContributor, roles.tableDataContributor]
var administratorRoles = empty(administratorPrincipalId) ? [] : [roles.blobDataReader, roles.queueDataReader, roles.tableDataReader]

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: accountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: sku
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    encryption: {
      keySource: 'Microsoft.Storage'
      services: {
        blob: { enabled: true }
        file: { enabled: true }
        queue: { enabled: true, keyType: 'Account' }
        table: { enabled: true, keyType: 'Account' }
      }
    }
  }
}

// Versioning, change feed and soft delete are what point-in-time restore of the documents needs.
resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    isVersioningEnabled: true
    changeFeed: {
      enabled: true
      retentionInDays: softDeleteDays
    }
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
    restorePolicy: {
      enabled: true
      days: softDeleteDays - 1
    }
  }
}

resource documents 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: documentsContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: account
  name: 'default'
}

// Versioning is account-wide: the runtime rewrites its own blobs often, so their old versions are trimmed.
// Document versions are kept.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'trim-runtime-versions'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: [toLower(taskHubName)]
            }
            actions: {
              version: {
                delete: {
                  daysAfterCreationGreaterThan: softDeleteDays
                }
              }
            }
          }
        }
      ]
    }
  }
}

resource blobAudit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'audit'
  scope: blobService
  properties: {
    workspaceId: workspaceId
    logs: [
      { category: 'StorageWrite', enabled: true }
      { category: 'StorageDelete', enabled: true }
    ]
  }
}

resource appAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in appRoles: {
    name: guid(account.id, appPrincipalId, role)
    scope: account
    properties: {
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    }
  }
]

resource administratorAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in administratorRoles: {
    name: guid(account.id, administratorPrincipalId, role)
    scope: account
    properties: {
      principalId: administratorPrincipalId
      principalType: administratorPrincipalType
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    }
  }
]

@description('Storage account name.')
output accountName string = account.name

@description('Blob endpoint.')
output blobServiceUri string = account.properties.primaryEndpoints.blob

@description('Queue endpoint.')
output queueServiceUri string = account.properties.primaryEndpoints.queue

@description('Table endpoint.')
output tableServiceUri string = account.properties.primaryEndpoints.table

@description('The documents container name.')
output documentsContainer string = documents.name
