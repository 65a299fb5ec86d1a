// Row order in the written files: the table order of the domain vocabulary.
import { CATEGORIES, EXPENDITURE_ITEMS, INCOME_ITEMS, SOURCE_LEVELS, type Category } from '../../src/domain/types';

export const CATEGORY_ORDER = (c: Category): number => CATEGORIES.indexOf(c);
export const DIRECTION_ORDER = (d: string): number => (d === 'income' ? 0 : 1);
export const ITEM_ORDER = (direction: string, item: string): number =>
  direction === 'income' ? (INCOME_ITEMS as readonly string[]).indexOf(item) : (EXPENDITURE_ITEMS as readonly string[]).indexOf(item);
export const SOURCE_ORDER = (s: string): number => (s === '' ? -1 : SOURCE_LEVELS.indexOf(s as (typeof SOURCE_LEVELS)[number]));
