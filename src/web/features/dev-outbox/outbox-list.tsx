import { Inbox } from 'lucide-react';
import { useFormatter, useTranslations } from 'next-intl';
import { Card } from '@/web/components/ui/card';
import { Linkify } from './linkify';

export type OutboxMessage = { id: string; to: string; subject: string; text: string; createdAt: string };

/** The development outbox: every email the app "sent", newest first, with working links. */
export function OutboxList({ messages }: { messages: OutboxMessage[] }) {
  const t = useTranslations('app.outbox');
  const format = useFormatter();
  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 id="outbox-title" className="text-2xl font-semibold tracking-tight sm:text-3xl">
          {t('title')}
        </h1>
        <p className="text-muted-foreground">{t('description')}</p>
        <p className="text-sm text-muted-foreground">{t('count', { count: messages.length })}</p>
      </div>
      <section data-testid="outbox-list" aria-labelledby="outbox-title">
      {messages.length === 0 ? (
        <Card className="grid justify-items-center gap-3 p-10 text-center text-muted-foreground">
          <Inbox aria-hidden className="size-8" />
          <p>{t('empty')}</p>
        </Card>
      ) : (
        <ol className="grid gap-4">
          {messages.map((mail) => (
            <li key={mail.id}>
              <Card className="overflow-hidden">
                <article aria-labelledby={`mail-${mail.id}`} data-testid="outbox-item">
                  <header className="grid gap-2 border-b border-border px-5 py-4">
                    <h2 id={`mail-${mail.id}`} className="font-semibold break-words">
                      {mail.subject}
                    </h2>
                    <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                      <dt className="text-muted-foreground">{t('to')}</dt>
                      <dd className="break-all">{mail.to}</dd>
                      <dt className="text-muted-foreground">{t('sent')}</dt>
                      <dd>
                        <time dateTime={mail.createdAt}>
                          {format.dateTime(new Date(mail.createdAt), {
                            year: 'numeric',
                            month: 'short',
                            day: 'numeric',
                            hour: '2-digit',
                            minute: '2-digit',
                            second: '2-digit',
                            timeZone: 'UTC',
                            timeZoneName: 'short',
                          })}
                        </time>
                      </dd>
                    </dl>
                  </header>
                  <pre className="overflow-x-auto px-5 py-4 font-sans text-sm leading-relaxed whitespace-pre-wrap">
                    <Linkify text={mail.text} />
                  </pre>
                </article>
              </Card>
            </li>
          ))}
        </ol>
      )}
      </section>
    </div>
  );
}
