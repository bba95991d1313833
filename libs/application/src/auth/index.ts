export * from './access-tokens';
export * from './auth-secret';
export * from './principal';
