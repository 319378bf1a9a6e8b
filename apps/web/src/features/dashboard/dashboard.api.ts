import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { dashboardKeys } from '../../app/query-keys.ts';

/** The home page's figures; every module's change that shows up in them invalidates `dashboardKeys.all()`. */
export const dashboardQuery = queryOptions({ queryKey: dashboardKeys.all(), queryFn: () => api.get('/api/dashboard') });
