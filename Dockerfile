# syntax=docker/dockerfile:1
# The site as a container: built with Node 24, served by Debian's nginx with the config the build
# writes (the same one `npm run serve:nginx` and the tests use). See «Despliegue» in README.md.

# Build. `npm ci` brings Node 24 (the `node` devDependency) and the scripts run with it. No browser is
# needed while src/diagrams/cache/ holds every diagram (it is in git); a changed diagram needs Chromium.
FROM node:24-bookworm-slim AS build
WORKDIR /sitio
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The public address (https://…/): canonical URLs, sitemap and /enlaces.json. Empty: left out.
ARG SITE_URL=""
ENV SITE_URL=${SITE_URL} ASTRO_TELEMETRY_DISABLED=1
RUN npm run build

# Runtime: Debian's nginx (bookworm, 1.22) with brotli_static, as tested.
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static \
 && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled/default \
 && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log
COPY --from=build /sitio/dist /usr/share/nginx/html
COPY --from=build /sitio/dist-nginx/sitio.conf /etc/nginx/sitio.conf
COPY src/server/contenedor.conf /etc/nginx/conf.d/default.conf
EXPOSE 8080
CMD ["nginx", "-g", "daemon off;"]
