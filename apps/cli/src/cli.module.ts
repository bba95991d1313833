import { type AppConfig, TrackerModule } from '@ct/application';
import { type DynamicModule, Module } from '@nestjs/common';

/** The CLI runs the same application core as the API, without HTTP. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: CliModule, imports: [TrackerModule.forRoot(config)] };
  }
}
