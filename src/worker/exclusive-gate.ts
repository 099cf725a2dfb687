// Lets some jobs run alone. A job that was running when a worker process died is a suspect; run
// beside others, a second death could not tell it from them, and an innocent file in hand at both
// deaths would be failed with it. A suspect waits until nothing else runs, and nothing starts
// beside it; once one waits, others queue behind it so it is not starved.
export class ExclusiveGate {
  private running = 0;
  private alone = false;
  private aloneWaiting = 0;
  private waiters: (() => void)[] = [];

  async enter(alone: boolean): Promise<void> {
    if (alone) this.aloneWaiting++;
    while (this.alone || (alone ? this.running > 0 : this.aloneWaiting > 0)) await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (alone) {
      this.aloneWaiting--;
      this.alone = true;
    }
    this.running++;
  }

  leave(alone: boolean): void {
    this.running--;
    if (alone) this.alone = false;
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }
}
