// svelte-check reads its settings here (the project root's vite.config is for the demo).
export default {};
