import { type AppConfig, TrackerModule } from '@ct/application';
import { type DynamicModule, Module } from '@nestjs/common';

/** The standalone projector: the application core with its projector running, and no HTTP. */
@Module({})
export class ProjectorModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ProjectorModule, imports: [TrackerModule.forRoot(config)] };
  }
}
