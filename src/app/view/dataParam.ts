// The data a link was copied on rides in the address as `data=<name>`,
// written while the user's own files are loaded: the link cannot carry the
// files, so whoever opens it on other data (the built-in sample above all,
// after a reload or on another machine) is told whose numbers they are not
// seeing, instead of reading the sample's numbers as the sender's.
import { useEffect, useState } from 'react';
import { LANGS, type Lang } from '../../domain/lang';
import type { Dataset } from '../data/datasetTypes';
import { BUILTIN_DATASET_ID } from '../data/sampleIdentity';

export const DATA_PARAM = 'data';
/** A longer name is cut: the address stays readable and a hostile link cannot fill the page. */
export const DATA_NAME_MAX = 80;

/**
 * Characters that change how the text around them reads without being seen
 * (bidirectional overrides and isolates, zero-width marks): a link's sender
 * could reverse the note that quotes it. Line ends and tabs read as spaces.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Text from the address as a note may quote it: invisible controls dropped, spaces collapsed, cut to `max` characters. */
export function quotable(text: string, max: number): string {
  return [...text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim()].slice(0, max).join('');
}

/**
 * What the address asked for, as a sentence quotes it: quotable, cut to `max`
 * characters with an ellipsis, and isolated (U+2068…U+2069) so that
 * right-to-left text inside it cannot reorder the sentence around it.
 */
export function quote(text: string, max: number): string {
  const q = [...quotable(text, max + 1)];
  return `\u2068${q.length > max ? `${q.slice(0, max).join('')}…` : q.join('')}\u2069`;
}

/** The data named by the address, or null. */
export function readDataName(search: string): string | null {
  const value = quotable(new URLSearchParams(search).get(DATA_PARAM) ?? '', DATA_NAME_MAX);
  return value === '' ? null : value;
}

/** `search` with the data parameter set to `name` (removed for null). */
export function withDataName(search: string, name: string | null): string {
  const params = new URLSearchParams(search);
  params.delete(DATA_PARAM);
  if (name !== null) params.set(DATA_PARAM, [...name].slice(0, DATA_NAME_MAX).join(''));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The name a dataset is written in the address by, in the page's language (a link carries its language too): none for the sample. */
export function addressName(dataset: Dataset, lang: Lang): string | null {
  return dataset.isSample ? null : quotable(dataset.name[lang], DATA_NAME_MAX);
}

/**
 * The data the address names, kept in step with the data the user loads:
 * each load of the user's own files writes its name (a sample loaded again
 * removes it); the built-in dataset loaded at start leaves the address as
 * the link had it, so that what it names can be compared with what is shown.
 */
export function useAddressData(loaded: Dataset | undefined, lang: Lang): string | null {
  const [fromAddress, setFromAddress] = useState(() => readDataName(window.location.search));
  useEffect(() => {
    const onPop = () => setFromAddress(readDataName(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const own = loaded !== undefined && loaded.id !== BUILTIN_DATASET_ID;
  const name = own ? addressName(loaded, lang) : fromAddress;
  useEffect(() => {
    if (!own) return;
    // Back or forward to an entry written before the load: it is said of the data now loaded too.
    const search = withDataName(window.location.search, name);
    if (search !== window.location.search) window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  }, [own, name, fromAddress]);
  return name;
}

/** The address names data other than those on screen (by their name in either language): what it names, else null. */
export function otherData(named: string | null, shown: Dataset | undefined): string | null {
  if (named === null || shown === undefined) return null;
  return LANGS.some((lang) => addressName(shown, lang) === named) ? null : named;
}
