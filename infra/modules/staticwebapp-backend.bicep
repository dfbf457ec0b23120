// Links the Functions app to the static web app as its backend: Static Web Apps forwards /api/* to it. Apart from
// staticwebapp.bicep because the Functions app needs the static web app's address first (PublicBaseUrl of emails).

@description('Name of the static web app (staticwebapp.bicep).')
param staticWebAppName string

@description('Resource id of the Functions app.')
param functionAppId string

@description('Azure region of the Functions app.')
param functionAppLocation string

resource site 'Microsoft.Web/staticSites@2025-03-01' existing = {
  name: staticWebAppName
}

resource backend 'Microsoft.Web/staticSites/linkedBackends@2025-03-01' = {
  parent: site
  name: 'functions'
  properties: {
    backendResourceId: functionAppId
    region: functionAppLocation
  }
}

@description('Name of the linked backend.')
output name string = backend.name
