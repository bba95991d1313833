import { AccessTokens, type AppConfig } from '@ct/application';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AuthGuard } from './auth.guard';

/**
 * Who may call what. Global guards run in the order registered here: the rate limit first (it
 * also bounds token-guessing and costs one map lookup), then authentication and the route policy.
 */
@Module({})
export class SecurityModule {
  static forRoot(config: AppConfig): DynamicModule {
    const limit = config.RATE_LIMIT_PER_MINUTE;
    return {
      module: SecurityModule,
      imports: [
        ThrottlerModule.forRoot({
          // Per client address (see TRUST_PROXY_HOPS), one-minute window, in memory: each API
          // instance counts its own clients, which bounds abuse without a shared store.
          throttlers: [{ name: 'default', ttl: 60_000, limit: Math.max(limit, 1) }],
          skipIf: () => limit === 0,
          // One budget per client across all routes (the default counts each route separately,
          // which would multiply the limit by the number of routes).
          generateKey: (_context, tracker, throttler) => `${throttler}:${tracker}`,
        }),
      ],
      providers: [
        { provide: AccessTokens, useFactory: () => AccessTokens.fromConfig(config) },
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    };
  }
}
