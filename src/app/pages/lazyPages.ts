// The pages other than the overview load on first use: the first screen's
// JavaScript carries only what the overview draws.
import { lazy } from 'react';

export const SharingPage = lazy(() => import('./SharingPage').then((m) => ({ default: m.SharingPage })));
export const AllocationPage = lazy(() => import('./AllocationPage').then((m) => ({ default: m.AllocationPage })));
export const AlertsPage = lazy(() => import('./AlertsPage').then((m) => ({ default: m.AlertsPage })));
export const PolicyPage = lazy(() => import('./PolicyPage').then((m) => ({ default: m.PolicyPage })));
export const DataPage = lazy(() => import('./DataPage').then((m) => ({ default: m.DataPage })));
export const ReportPage = lazy(() => import('./ReportPage').then((m) => ({ default: m.ReportPage })));
export const StressPage = lazy(() => import('./StressPage').then((m) => ({ default: m.StressPage })));
export const RevisionsPage = lazy(() => import('./RevisionsPage').then((m) => ({ default: m.RevisionsPage })));
export const ReconciliationPage = lazy(() => import('./ReconciliationPage').then((m) => ({ default: m.ReconciliationPage })));
