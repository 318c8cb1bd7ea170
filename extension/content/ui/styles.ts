// Styles of the overlay, inside our closed shadow root (the page's CSS cannot reach in, ours cannot leak out).
export const STYLES = `
:host { all: initial; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.layer { position: fixed; inset: 0; pointer-events: none; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1b20; }
.mark { position: fixed; pointer-events: auto; display: inline-flex; align-items: center; max-width: 320px;
  padding: 2px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; cursor: pointer; border: 1px solid transparent;
  box-shadow: 0 1px 3px rgba(0,0,0,.25); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.mark.compact { padding: 0 6px; min-width: 18px; height: 18px; justify-content: center; border-radius: 9px; font-size: 11px; }
.mark.error { background: #fdecea; color: #8c1d18; border-color: #e0a39e; }
.mark.warning { background: #fff4e0; color: #6b4400; border-color: #e8c27a; }
.mark.info { background: #e8f0fe; color: #174ea6; border-color: #a8c3f0; }
.counter { position: fixed; pointer-events: none; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600;
  background: #fdecea; color: #8c1d18; border: 1px solid #e0a39e; }
.counter.ok { background: #e6f4ea; color: #0d652d; border-color: #9fd3ae; }
.launcher { position: fixed; right: 16px; bottom: 16px; pointer-events: auto; border: 0; border-radius: 20px; padding: 8px 14px;
  font: 600 13px system-ui, sans-serif; background: #1d3b70; color: #fff; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
.launcher .dot { display: inline-block; min-width: 18px; padding: 0 5px; margin-left: 6px; border-radius: 9px; background: #b3261e; }
.launcher .dot.zero { background: #188038; }
.panel { position: fixed; right: 16px; bottom: 16px; width: min(420px, calc(100vw - 32px)); max-height: min(70vh, 640px);
  display: flex; flex-direction: column; pointer-events: auto; background: #fff; border-radius: 12px;
  box-shadow: 0 6px 24px rgba(0,0,0,.3); border: 1px solid #c4c7c5; overflow: hidden; }
.head { display: flex; align-items: center; justify-content: space-between; padding: 10px 14px; background: #1d3b70; color: #fff; }
.head h2 { margin: 0; font-size: 15px; }
.head button { border: 0; background: transparent; color: #fff; font-size: 18px; cursor: pointer; line-height: 1; }
.body { overflow: auto; padding: 10px 14px 14px; }
.score { display: flex; align-items: baseline; gap: 6px; margin: 4px 0; }
.score strong { font-size: 26px; }
.muted { color: #5f6368; font-size: 12px; }
.status { margin: 6px 0; padding: 6px 8px; border-radius: 8px; background: #e6f4ea; color: #0d652d; }
.status.no { background: #fff4e0; color: #6b4400; }
.status ul { margin: 4px 0 0 18px; padding: 0; }
.counts { margin: 8px 0; font-weight: 600; }
.banner { margin: 0 0 10px; padding: 8px; border-radius: 8px; background: #fdecea; color: #8c1d18; }
.banner .actions, .draft .actions { display: flex; gap: 8px; margin-top: 6px; }
button.action { font: 600 12px system-ui, sans-serif; padding: 5px 10px; border-radius: 6px; border: 1px solid #1d3b70; background: #fff; color: #1d3b70; cursor: pointer; }
button.action.primary { background: #1d3b70; color: #fff; }
.draft { margin: 0 0 10px; padding: 8px; border-radius: 8px; background: #e8f0fe; color: #174ea6; }
ol.findings { list-style: none; margin: 0; padding: 0; }
ol.findings li { margin: 0 0 6px; }
ol.findings button { all: unset; box-sizing: border-box; display: block; width: 100%; padding: 6px 8px; border-radius: 8px; border-left: 4px solid #c4c7c5; background: #f8f9fa; cursor: pointer; }
ol.findings button:focus-visible, .mark:focus-visible, .launcher:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
ol.findings .error button { border-left-color: #b3261e; }
ol.findings .warning button { border-left-color: #e37400; }
ol.findings .info button { border-left-color: #1a73e8; }
.sev { font-size: 11px; font-weight: 700; text-transform: uppercase; margin-right: 6px; }
.error .sev { color: #b3261e; } .warning .sev { color: #b06000; } .info .sev { color: #1a73e8; }
.fix { display: block; color: #5f6368; font-size: 12px; margin-top: 2px; }
.absent { margin-top: 8px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
