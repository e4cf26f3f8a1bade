#!/bin/sh
# Kit de la Figura 1.9: forma el clúster con los comandos de 1.14, uno por nodo, después de
# `docker compose up -d`. Ejecútalo en la carpeta del compose.yaml (en Windows, desde WSL o Git Bash).
set -eu
nodo() { docker compose exec -T "$@"; }

# Espera a que el Docker de cada nodo responda
for n in manager-1 manager-2 manager-3 worker-1 worker-2 worker-3 worker-4; do
  until nodo "$n" docker info >/dev/null 2>&1; do sleep 1; done
done

# El primer manager crea el clúster y da los tokens de unión
nodo manager-1 docker swarm init --advertise-addr eth0
manager=$(nodo manager-1 docker swarm join-token -q manager)
worker=$(nodo manager-1 docker swarm join-token -q worker)

# Los otros dos managers y los cuatro workers se unen por el puerto 2377 del primero
for n in manager-2 manager-3; do nodo "$n" docker swarm join --token "$manager" manager-1:2377; done
for n in worker-1 worker-2 worker-3 worker-4; do nodo "$n" docker swarm join --token "$worker" manager-1:2377; done

nodo manager-1 docker node ls
