import { cache } from 'react';
import { getTenantBySlug } from './queries';

/** One lookup per request, shared by a page and its metadata. */
export const getRequestTenant = cache(getTenantBySlug);
