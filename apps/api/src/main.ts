import 'reflect-metadata';
import { configFromEnvironment } from '@ct/application';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = configFromEnvironment();
  const app = await createApiApp(config);
  await app.listen(config.PORT, config.HOST);
  console.log(
    `API listening on http://${config.HOST}:${config.PORT} (OpenAPI at /docs, data in ${config.DATA_DIR})`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
