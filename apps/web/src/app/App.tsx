import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { DirectoryPage } from '../features/directory/DirectoryPage';
import { MetaProvider } from '../shared/api/meta';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

// The city page (with chart.js) and the framework browser load on first visit.
const CityPage = lazy(async () => ({ default: (await import('../features/city/CityPage')).CityPage }));
const FrameworkPage = lazy(async () => ({
  default: (await import('../features/framework/FrameworkPage')).FrameworkPage,
}));

/** Routes: `/` city directory, `/cities/:slug` city page, `/framework` framework browser. */
export function App() {
  return (
    <MetaProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<DirectoryPage />} />
            <Route path="cities/:slug" element={<CityPage />} />
            <Route path="framework" element={<FrameworkPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </MetaProvider>
  );
}
