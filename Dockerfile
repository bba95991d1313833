# syntax=docker/dockerfile:1
# One image runs the API, the standalone projector and the CLI (docker-compose.yml picks the command).
# Node 24 LTS; the tag is pinned (in both stages) so that a rebuild gets the same runtime.

# Production dependencies only. better-sqlite3 compiles from source when no prebuilt binary
# matches the platform, hence the toolchain, which stays in this stage.
FROM node:24.11.0-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# The whole toolchain, to compile exactly as CI does (`npm run build`, whatever builder it uses).
FROM deps AS build
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:24.11.0-bookworm-slim AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# A named volume takes the owner of the image's directory on first use: create /data owned by the
# user the process runs as before declaring it, or the API cannot write there (EACCES).
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
