import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API runs on its own port in development; in production it serves this build itself.
export default defineConfig({
  plugins: [
    react(),
    {
      // In development too, the candidate's and referee's links open the small page.
      name: 'respond-pages',
      configureServer(server) {
        server.middlewares.use((request, _response, next) => {
          if (request.url && /^\/(c|r)\//.test(request.url)) request.url = '/respond.html';
          next();
        });
      },
    },
  ],
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  // The entry holds React, the router and Mantine's core (about 150 kB gzipped); pages load on demand.
  // `respond.html` is the candidate's and referee's small page, opened from a message on a phone.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        respond: fileURLToPath(new URL('./respond.html', import.meta.url)),
      },
    },
  },
});
