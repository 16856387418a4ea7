import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Metrics } from './metrics';
import type { Readiness } from './readiness';
import { METRICS, READINESS } from './tokens';

/** `/healthz` (the process is alive), `/readyz` (its dependencies answer) and `/metrics`. */
@Controller()
export class AdminController {
  constructor(
    @Inject(METRICS) private readonly metrics: Metrics,
    @Inject(READINESS) private readonly readiness: Readiness,
  ) {}

  @Get('healthz')
  @Header('Cache-Control', 'no-store')
  async healthz(@Res() reply: FastifyReply): Promise<void> {
    const dead = this.readiness.deadComponents();
    await reply.code(dead.length === 0 ? 200 : 503).send(dead.length === 0 ? { status: 'ok' } : { status: 'failed', components: dead });
  }

  @Get('readyz')
  @Header('Cache-Control', 'no-store')
  async readyz(@Res() reply: FastifyReply): Promise<void> {
    const status = await this.readiness.status();
    await reply.code(status.ready ? 200 : 503).send({ status: status.ready ? 'ready' : 'not ready', checks: status.checks });
  }

  @Get('metrics')
  async metricsText(@Res() reply: FastifyReply): Promise<void> {
    await reply.header('Content-Type', this.metrics.contentType).send(await this.metrics.render());
  }
}
