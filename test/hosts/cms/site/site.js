/* global jQuery */
/* A site script of the CMS, aggregated with jQuery and Mantelkit's classic script into one file. */
window.siteEvents = [];
jQuery(document).on('mz-complete', 'mz-leave-calculator', function (e) {
  window.siteEvents.push(e.originalEvent.detail);
});
