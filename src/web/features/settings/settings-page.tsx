import { useTranslations } from 'next-intl';
import { DataResidency } from './data-residency';
import type { ProfilePatch } from './mutations';
import { SettingsForm } from './settings-form';

type SettingsPageProps = {
  profile: ProfilePatch;
  timezones: string[];
  regionLabel: string;
  countryLabel: string;
};

export function SettingsPage({ profile, timezones, regionLabel, countryLabel }: SettingsPageProps) {
  const t = useTranslations('settings');
  return (
    <div className="grid gap-8">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('title')}</h1>
        <p className="text-muted-foreground">{t('subtitle')}</p>
      </div>
      <SettingsForm profile={profile} timezones={timezones} />
      <DataResidency regionLabel={regionLabel} countryLabel={countryLabel} />
    </div>
  );
}
