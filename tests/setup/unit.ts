// One place for test-wide setup (STYLE.md): DOM matchers for Testing Library.
import '@testing-library/jest-dom';
