// Loads the elements' types for every component of the project (Svelte 5 elements).
import type {} from 'civicstat/svelte';
