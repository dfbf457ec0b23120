# syntax=docker/dockerfile:1
# Image of the Groupement host (ASP.NET Core on port 7071, the Azure Functions default). From the repository root:
#   docker build -t groupement:1.0.0 .
# or, with no local Docker engine, in Azure:
#   az acr build --registry <registry> --image groupement:1.0.0 .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore from the project files alone, so that the package layer is reused when only code changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY functions/Groupement.Domain/Groupement.Domain.csproj functions/Groupement.Domain/
COPY functions/Groupement.Documents/Groupement.Documents.csproj functions/Groupement.Documents/
COPY functions/Groupement.Durable/Groupement.Durable.csproj functions/Groupement.Durable/
COPY functions/Groupement.Durable.AzureStorage/Groupement.Durable.AzureStorage.csproj functions/Groupement.Durable.AzureStorage/
COPY functions/Groupement.Functions/Groupement.Functions.csproj functions/Groupement.Functions/
RUN dotnet restore functions/Groupement.Functions/Groupement.Functions.csproj
COPY functions/ functions/
RUN dotnet publish functions/Groupement.Functions/Groupement.Functions.csproj --no-restore \
    --configuration Release --output /app/publish -p:UseAppHost=false

# The communes and EPCI (INSEE code, SIREN, population) that the délibération analysis looks up.
FROM node:20-slim AS refdata
WORKDIR /ref
RUN npm install --no-audit --no-fund --no-save @etalab/decoupage-administratif@6.0.0 \
 && mkdir -p /refdata && cp node_modules/@etalab/decoupage-administratif/data/*.json /refdata/

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# The .NET images listen on 8080 by default (ASPNETCORE_HTTP_PORTS); clear it so that the URL below is the only one.
ENV ASPNETCORE_URLS=http://+:7071 \
    ASPNETCORE_HTTP_PORTS= \
    ReferenceData__Directory=/app/refdata
EXPOSE 7071
# OCR of scanned délibérations (Groupement.Documents): Tesseract with its French data, poppler's pdftoppm.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-fra poppler-utils \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/publish .
COPY --from=refdata /refdata /app/refdata
# Non-root: APP_UID is 1654, the user "app" that the .NET images create.
USER $APP_UID
ENTRYPOINT ["dotnet", "Groupement.Functions.dll"]
