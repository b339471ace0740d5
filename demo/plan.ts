// The demo's plan page: the library, nothing else (the elements do the work).
import '../src/index';
