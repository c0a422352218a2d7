import { afterWebPartsRendered, expectWebPartRender, markRendered } from '../../../../src/ui/common/renderedMark';

// The help bar's live part waits for the page's web parts (each bundle has its own copy of the module: the count is
// the page's). Fake timers for the 8-second limit.
describe('afterWebPartsRendered', () => {
  beforeEach(() => {
    jest.useFakeTimers();
    delete (globalThis as { __helpCenterRenders?: unknown }).__helpCenterRenders;
  });
  afterEach(() => jest.useRealTimers());

  it('goes at once on a page with no help center web part', () => {
    const go = jest.fn();
    afterWebPartsRendered(go, 8000);
    expect(go).toHaveBeenCalledTimes(1);
  });

  it('waits for every web part that started, not for the help bar\'s own marks', () => {
    expectWebPartRender();
    expectWebPartRender();
    const go = jest.fn();
    afterWebPartsRendered(go, 8000);
    markRendered('help-bar');
    markRendered('form');
    expect(go).not.toHaveBeenCalled();
    markRendered('knowledge');
    expect(go).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(10000);
    expect(go).toHaveBeenCalledTimes(1);
  });

  it('goes after the time limit when a web part never says it rendered', () => {
    expectWebPartRender();
    const go = jest.fn();
    afterWebPartsRendered(go, 8000);
    jest.advanceTimersByTime(7999);
    expect(go).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(go).toHaveBeenCalledTimes(1);
  });
});
