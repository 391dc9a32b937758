import { createContext, useContext } from 'react';
import type { Locale } from '../engine/rule';

export const LocaleContext = createContext<Locale>('en');
export const useLocale = () => useContext(LocaleContext);

/** The page the audit started on: evidence from other pages names its page, evidence from this one need not. */
export const StartPageContext = createContext<string>('');
export const useStartPage = () => useContext(StartPageContext);
