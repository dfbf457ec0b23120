// Key Vault in RBAC mode with the two secrets of the app. The function app resolves its Key Vault references
// through its managed identity (Key Vault Secrets User); administrators rotate them (Key Vault Secrets Officer).

@description('Azure region.')
param location string

@description('Tags put on every resource.')
param tags object

@description('Key Vault name (3 to 24 characters, globally unique).')
param vaultName string

@description('Admin API key; empty keeps the secret already in the vault.')
@secure()
param adminKey string

@description('SendGrid API key; empty keeps the secret already in the vault.')
@secure()
param sendGridApiKey string

@description('Log Analytics workspace receiving the vault\'s audit events.')
param workspaceId string

@description('Principal id of the app\'s managed identity.')
param appPrincipalId string

@description('Principal id of the administrators, or empty.')
param administratorPrincipalId string

@description('Kind of principal behind administratorPrincipalId.')
param administratorPrincipalType string

var secretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'
var secretsOfficerRole = 'b86a8fe5-44ce-4948-aee5-eccb2c155cd7'
var adminKeySecretName = 'auth-admin-key'
var sendGridApiKeySecretName = 'sendgrid-api-key'

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: vaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource adminKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(adminKey)) {
  parent: vault
  name: adminKeySecretName
  properties: {
    value: adminKey
    contentType: 'text/plain'
  }
}

resource sendGridApiKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(sendGridApiKey)) {
  parent: vault
  name: sendGridApiKeySecretName
  properties: {
    value: sendGridApiKey
    contentType: 'text/plain'
  }
}

resource appSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appPrincipalId, secretsUserRole)
  scope: vault
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRole)
  }
}

resource administratorSecretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(administratorPrincipalId)) {
  name: guid(vault.id, administratorPrincipalId, secretsOfficerRole)
  scope: vault
  properties: {
    principalId: administratorPrincipalId
    principalType: administratorPrincipalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficerRole)
  }
}

resource vaultAudit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'audit'
  scope: vault
  properties: {
    workspaceId: workspaceId
    logs: [
      { categoryGroup: 'audit', enabled: true }
    ]
  }
}

@description('Vault name.')
output vaultName string = vault.name

// Versionless URIs: the function app follows the latest version of each secret (see docs/operations.md, rotation).
// Module outputs are only available once the whole module, role assignments included, has been deployed.
@description('Versionless URI of the admin key secret.')
output adminKeySecretUri string = '${vault.properties.vaultUri}secrets/${adminKeySecretName}'

@description('Versionless URI of the SendGrid API key secret.')
output sendGridApiKeySecretUri string = '${vault.properties.vaultUri}secrets/${sendGridApiKeySecretName}'
