// Lets the managed identity pull the OCR worker's image from an existing Azure Container Registry (AcrPull only).

@description('Name of the existing registry, in this resource group.')
param registryName string

@description('Principal id of the app\'s managed identity.')
param appPrincipalId string

var acrPullRole = '7f951dda-4ed3-4680-a7ca-43fe172d538d'

resource registry 'Microsoft.ContainerRegistry/registries@2025-04-01' existing = {
  name: registryName
}

resource acrPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, appPrincipalId, acrPullRole)
  scope: registry
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRole)
  }
}

@description('Login server of the registry, e.g. myregistry.azurecr.io.')
output loginServer string = registry.properties.loginServer
