// Two pages: the API (index.html) and the embed imported through the bundler (embed.html).
export default {
  build: { rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } } },
};
