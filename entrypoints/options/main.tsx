import React from 'react';
import ReactDOM from 'react-dom/client';
import { OptionsApp } from '../../components/options/OptionsApp';
import './style.css';

ReactDOM.createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <OptionsApp />
  </React.StrictMode>,
);
