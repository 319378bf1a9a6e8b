import type { TCareersPageSettings } from '@vouch/contracts';
import type { Config } from '../../../platform/config.ts';
import { fieldError, notFound } from '../../../platform/errors.ts';
import type { Ctx } from '../../../platform/http/context.ts';
import { isUniqueViolation } from '../../tenancy/index.ts';
import { companySlug, setCompanySlug } from '../careers.repo.ts';

const careersUrl = (config: Pick<Config, 'publicUrl'>, slug: string | null) =>
  slug ? `${config.publicUrl}/careers/${slug}` : null;

export async function loadCareersSettings(ctx: Ctx): Promise<TCareersPageSettings> {
  const slug = await companySlug(ctx.db, ctx.tenantId);
  if (slug === undefined) throw notFound();
  return { slug, url: careersUrl(ctx.config, slug) };
}

/**
 * A new address for the careers page. The old one stops working at once (share links keep working:
 * they do not contain it). Another company's address is refused with a field error.
 */
export async function updateCareersSettings(ctx: Ctx, slug: string): Promise<TCareersPageSettings> {
  try {
    await setCompanySlug(ctx.db, ctx.tenantId, slug);
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError('slug', 'company.slug_taken');
    throw error;
  }
  return { slug, url: careersUrl(ctx.config, slug) };
}
