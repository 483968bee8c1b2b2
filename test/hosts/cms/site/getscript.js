/* global jQuery */
/* How a CMS theme loads a script on demand: jQuery's $.getScript (evaluated as text, no own URL). */
window.siteEvents = [];
jQuery(document).on('mz-complete', 'mz-leave-calculator', function (e) { window.siteEvents.push(e.originalEvent.detail); });
jQuery.getScript('vendor/mantelkit/mantelkit.classic.js');
