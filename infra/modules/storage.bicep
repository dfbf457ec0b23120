// The storage account of the Functions app (AzureWebJobsStorage) and its Durable task hub: blobs (documents, the
// deployment package, leases and large messages), queues (control and work-item queues, OCR requests), tables
// (history, instances, partitions, read models, audit). No shared key: every caller uses Microsoft Entra ID.

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

@description('Blob container of the Functions deployment package (Flex Consumption).')
param deploymentContainerName string

@description('Queue of the OCR requests (read by the OCR worker when it is deployed).')
param ocrRequestQueueName string

@description('Log Analytics workspace receiving the blob audit logs.')
param workspaceId string

@description('Principal id of the app\'s managed identity.')
param appPrincipalId string

@description('Principal id of the administrators (read access), or empty.')
param administratorPrincipalId string

@description('Kind of principal behind administratorPrincipalId.')
param administratorPrincipalType string

// What Durable Functions on Azure Storage and the Flex deployment need (azure-functions-flex-consumption-samples
// rbac.bicep): blob owner (host storage, leases, deployment package), queue and table contributor (task hub).
var roles = {
  blobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  queueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  tableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  blobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
  queueDataReader: '19e7f393-937e-4f77-808e-94535e297925'
  tableDataReader: '76199698-9eea-4c19-bc75-cec21354c6b6'
}
var appRoles = [roles.blobDataOwner, roles.queueDataContributor, roles.tableDataContributor]
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

// Flex Consumption runs the package uploaded here (functionAppConfig.deployment.storage).
resource deploymentPackages 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: account
  name: 'default'
}

// Created up front so that the OCR worker's queue scale rule never watches a missing queue.
resource ocrRequests 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = {
  parent: queueService
  name: ocrRequestQueueName
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: account
  name: 'default'
}

// Versioning is account-wide: the runtime rewrites its own blobs often, and every deployment overwrites the
// package, so their old versions are trimmed. Document versions are kept.
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
        {
          name: 'trim-package-versions'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: ['blockBlob']
              prefixMatch: ['${deploymentContainerName}/']
            }
            actions: {
              version: {
                delete: {
                  daysAfterCreationGreaterThan: 7
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

@description('The deployment package container name.')
output deploymentContainer string = deploymentPackages.name

@description('The OCR request queue name.')
output ocrRequestQueue string = ocrRequests.name
