// Optional first step: a private Azure Container Registry to build the image into (`az acr build`), before
// main.bicep is deployed with containerRegistryName set to its name. Admin user off: pulls use the managed identity.
targetScope = 'resourceGroup'

@description('Azure region. Defaults to the resource group\'s region.')
param location string = resourceGroup().location

@description('Registry name: 5 to 50 letters and digits, globally unique. Defaults to a name derived from the resource group.')
@minLength(5)
@maxLength(50)
param registryName string = 'cr${uniqueString(resourceGroup().id)}'

@description('Tags put on the registry.')
param tags object = {
  application: 'groupement'
}

resource registry 'Microsoft.ContainerRegistry/registries@2025-04-01' = {
  name: registryName
  location: location
  tags: tags
  sku: {
    name: 'Basic'
  }
  properties: {
    adminUserEnabled: false
    anonymousPullEnabled: false
    publicNetworkAccess: 'Enabled'
  }
}

@description('Registry name, to pass as containerRegistryName to main.bicep.')
output registryName string = registry.name

@description('Login server, the prefix of image names.')
output loginServer string = registry.properties.loginServer
