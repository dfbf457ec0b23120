// The front-end on Azure Static Web Apps: web/ (published fingerprinted by the local host's `publish-web` command),
// with its routes, fallback, security headers and CSP in web/staticwebapp.config.json. Standard plan: the only one
// that links a backend; /api/* then goes to the Functions app (staticwebapp-backend.bicep), same origin, no CORS.

@description('Azure region of the static web app (Static Web Apps runs in a few regions only; the content is served worldwide).')
@allowed(['westeurope', 'centralus', 'eastus2', 'westus2', 'eastasia'])
param location string

@description('Tags of every resource.')
param tags object

@description('Name of the static web app.')
param name string

resource site 'Microsoft.Web/staticSites@2025-03-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    // Deployed from a pipeline with the deployment token (az staticwebapp secrets list), not from a linked repository.
    provider: 'None'
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
    enterpriseGradeCdnStatus: 'Disabled'
    publicNetworkAccess: 'Enabled'
  }
}

@description('Name of the static web app (az staticwebapp commands).')
output name string = site.name

@description('The https address of the pages (the public base URL of the links in emails).')
output url string = 'https://${site.properties.defaultHostname}'
