# syntax=docker/dockerfile:1
# Image of the Groupement local host (functions/Groupement.LocalHost: the Functions app's own function classes on the
# Durable Task engine, ASP.NET Core on port 7071, the Azure Functions default) with French OCR (Tesseract, poppler).
# In Azure the API runs on Flex Consumption from a zip package; this image runs the optional OCR worker job
# (Ocr__Mode=worker, infra/modules/ocr.bicep) and local or self-hosted runs. From the repository root:
#   docker build -t groupement:1.0.0 .
# or, with no local Docker engine, in Azure:
#   az acr build --registry <registry> --image groupement:1.0.0 .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
# The whole functions/ folder: the local host references the Functions app and its projects, whatever their list.
COPY functions/ functions/
# The front-end (web/): the local host serves it (in Azure, Static Web Apps does).
COPY web/ web/
RUN dotnet publish functions/Groupement.LocalHost -c Release -o /app -p:UseAppHost=false

# The communes and EPCI (INSEE code, SIREN, population) that the délibération analysis looks up.
FROM node:20-slim AS refdata
WORKDIR /ref
RUN npm install --no-audit --no-fund --no-save @etalab/decoupage-administratif@6.0.0 \
 && mkdir -p /refdata && cp node_modules/@etalab/decoupage-administratif/data/*.json /refdata/

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# OCR of scanned délibérations: Tesseract with the French model, pages rasterised by poppler's pdftoppm; DejaVu Sans
# (French glyphs) for the attestation PDF: the build stage has no node_modules, so the app's own fonts/ is empty here.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-fra poppler-utils fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# The .NET images listen on 8080 by default (ASPNETCORE_HTTP_PORTS); clear it so that the URL below is the only one.
ENV ASPNETCORE_URLS=http://+:7071 \
    ASPNETCORE_HTTP_PORTS= \
    ReferenceData__Directory=/app/refdata
EXPOSE 7071
COPY --from=build /app .
COPY --from=refdata /refdata /app/refdata
# Non-root: APP_UID is 1654, the user "app" that the .NET images create.
USER $APP_UID
ENTRYPOINT ["dotnet", "Groupement.LocalHost.dll"]
