import React from 'react';
import ReactDOM from 'react-dom/client';
import { ReportPage } from '../../components/report/ReportPage';
import '../../report/report.css';

ReactDOM.createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <ReportPage id={new URLSearchParams(location.search).get('id') ?? ''} />
  </React.StrictMode>,
);
