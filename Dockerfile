# The site as a container: Debian's nginx serving the dist/ that `npm run build && npm run pdf` wrote
# on this machine, the build the tests checked, with the config that build wrote (dist-nginx/). The
# PDFs need Chromium, so the site is never built inside the image. See «Despliegue» in README.md.
#   npm run build && npm run pdf && docker build -t docker-en-el-aula/sitio .

# The context is only what is copied (.dockerignore). A context without a build, or without a PDF that
# a page links, stops here with a line that says what to run, before anything is installed.
FROM debian:bookworm-slim AS contexto
COPY . /contexto
WORKDIR /contexto
RUN falta() { echo "docker build: falta $1. Ejecuta antes «npm run build && npm run pdf» (ver «Despliegue» en README.md)." >&2; exit 1; }; \
    [ -f dist/index.html ] || falta "dist/ (el sitio construido)"; \
    [ -f dist-nginx/sitio.conf ] || falta "dist-nginx/sitio.conf"; \
    for pdf in $(grep -rhoE '"[^"]*/descargas/[^"/]+\.pdf"' --include='*.html' dist | sed -E 's|.*/descargas/([^"]+)"|\1|' | sort -u); do \
      [ -f "dist/descargas/$pdf" ] || falta "dist/descargas/$pdf, que enlazan las páginas"; \
    done

# Debian's nginx 1.22 with brotli_static: the same server the tests run (npm run serve:nginx).
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static \
 && rm -rf /var/lib/apt/lists/* /etc/nginx/sites-enabled/default \
 && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log
COPY --from=contexto /contexto/dist /usr/share/nginx/html
COPY --from=contexto /contexto/dist-nginx/sitio.conf /etc/nginx/sitio.conf
COPY --from=contexto /contexto/src/server/contenedor.conf /etc/nginx/conf.d/default.conf
EXPOSE 8080
# The home page answers 200 only when the site is there. No curl in the image: bash's /dev/tcp.
HEALTHCHECK --interval=5s --timeout=3s --start-period=5s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET / HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# nginx's graceful stop: it finishes the requests it has, so a rolling update drops none.
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
