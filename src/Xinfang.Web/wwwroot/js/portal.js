// The public portal: plain forms over /api/portal. No framework; every answer from the server is shown as text.
(function () {
  'use strict';

  const $ = (selector, root) => (root || document).querySelector(selector);
  const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));

  function text(tag, value, className) {
    const element = document.createElement(tag);
    element.textContent = value;
    if (className) element.className = className;
    return element;
  }

  function date(value) {
    const d = new Date(value);
    return isNaN(d) ? value : d.toLocaleString('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  function day(value) {
    const [y, m, d] = String(value).split('-').map(Number);
    return `${y}年${m}月${d}日`;
  }

  // Shows a problem answer: the summary on top, each field's message under its field.
  function showProblem(form, problem) {
    const alert = $('.pt-alert-error', form);
    $$('[data-error-for]', form).forEach(p => { p.hidden = true; p.textContent = ''; });
    $$('[aria-invalid]', form).forEach(i => i.removeAttribute('aria-invalid'));
    const errors = (problem && problem.errors) || {};
    let placed = false;
    for (const [field, messages] of Object.entries(errors)) {
      const slot = $(`[data-error-for="${field}"]`, form);
      if (slot) {
        slot.textContent = messages.join(' ');
        slot.hidden = false;
        placed = true;
        const input = form.elements[field];
        if (input && input.setAttribute) input.setAttribute('aria-invalid', 'true');
      }
    }
    if (alert) {
      alert.textContent = (problem && (problem.detail || problem.title)) || '提交失败，请稍后再试。';
      alert.hidden = false;
      if (!placed) alert.scrollIntoView({ behavior: 'smooth', block: 'center' });
    }
    const first = $('.pt-field-error:not([hidden])', form);
    if (first) first.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }

  function clearProblem(form) {
    const alert = $('.pt-alert-error', form);
    if (alert) alert.hidden = true;
    $$('[data-error-for]', form).forEach(p => { p.hidden = true; });
  }

  async function call(url, options) {
    let response;
    try {
      response = await fetch(url, options);
    } catch {
      return { ok: false, problem: { detail: '网络连接失败，请检查网络后重试。' } };
    }
    let body = null;
    try { body = await response.json(); } catch { /* no body */ }
    return response.ok ? { ok: true, body } : { ok: false, status: response.status, problem: body || { detail: `提交失败（${response.status}），请稍后再试。` } };
  }

  function postJson(url, value) {
    return call(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) });
  }

  // --- submit -------------------------------------------------------------------------------------
  const submitForm = $('#portal-submit');
  if (submitForm) {
    const villages = JSON.parse($('#portal-villages').textContent);
    const region = $('#pt-region');
    const village = $('#pt-village');
    region.addEventListener('change', () => {
      village.replaceChildren(new Option('村（社区），可不选', ''));
      for (const v of villages[region.value] || []) village.add(new Option(v.name, v.id));
      village.disabled = !region.value;
    });

    const content = $('#pt-content');
    const counter = $('[data-counter-for="pt-content"]');
    content.addEventListener('input', () => { counter.textContent = String(content.value.length); });

    const sendCode = $('#pt-send-code');
    const hint = $('#pt-code-hint');
    let countdown = null;
    function wait(seconds) {
      clearInterval(countdown);
      sendCode.disabled = true;
      let left = seconds;
      sendCode.textContent = `${left}秒后重发`;
      countdown = setInterval(() => {
        left -= 1;
        if (left <= 0) {
          clearInterval(countdown);
          sendCode.disabled = false;
          sendCode.textContent = '重新获取';
        } else {
          sendCode.textContent = `${left}秒后重发`;
        }
      }, 1000);
    }
    sendCode.addEventListener('click', async () => {
      clearProblem(submitForm);
      const phone = submitForm.elements.phone.value.trim();
      sendCode.disabled = true;
      const result = await postJson('/api/portal/phone-codes', { phone });
      if (result.ok) {
        hint.textContent = `验证码已发送至 ${result.body.phone}，${result.body.validMinutes}分钟内有效。`;
        wait(result.body.resendSeconds);
      } else {
        sendCode.disabled = false;
        showProblem(submitForm, result.problem);
      }
    });

    submitForm.addEventListener('submit', async event => {
      event.preventDefault();
      clearProblem(submitForm);
      const files = submitForm.elements.attachments.files;
      const maxFiles = Number(submitForm.dataset.maxFiles);
      const maxBytes = Number(submitForm.dataset.maxMb) * 1024 * 1024;
      if (files.length > maxFiles || Array.from(files).some(f => f.size > maxBytes)) {
        showProblem(submitForm, { detail: '附件超出限制。', errors: { attachments: [`最多${maxFiles}个附件，每个不超过${submitForm.dataset.maxMb} MB。`] } });
        return;
      }
      const button = $('[data-testid="portal-submit"]', submitForm);
      button.disabled = true;
      button.textContent = '正在提交…';
      const result = await call('/api/portal/submissions', { method: 'POST', body: new FormData(submitForm) });
      button.disabled = false;
      button.textContent = '提交';
      if (!result.ok) {
        showProblem(submitForm, result.problem);
        return;
      }
      const receipt = result.body;
      const panel = $('#portal-receipt');
      $('[data-testid="receipt-number"]', panel).textContent = receipt.caseNumber;
      $('[data-testid="receipt-code"]', panel).textContent = receipt.queryCode;
      $('[data-testid="receipt-due"]', panel).textContent = `${day(receipt.disposeDue)}前转送、交办或直接办理`;
      $('[data-testid="receipt-sms"]', panel).textContent = receipt.textMessageSent
        ? '事项编号和查询码已通过短信发送到您的手机。'
        : '您选择了不接收短信，请务必记下查询码。';
      $('[data-testid="receipt-track"]', panel).href = `/portal/track?number=${encodeURIComponent(receipt.caseNumber)}`;
      submitForm.hidden = true;
      panel.hidden = false;
      window.scrollTo({ top: 0 });
    });
  }

  // --- track, rate, review -------------------------------------------------------------------------
  const trackForm = $('#portal-track');
  if (trackForm) {
    const progress = $('#portal-progress');
    const rateForm = $('#portal-rate');
    const reviewForm = $('#portal-review');
    let current = null;

    const params = new URLSearchParams(location.search);
    if (params.get('number')) trackForm.elements.caseNumber.value = params.get('number');

    function render(view) {
      $('[data-testid="progress-number"]', progress).textContent = `事项编号 ${view.caseNumber} · ${date(view.receivedAt)}登记 · ${view.form}`;
      $('[data-testid="progress-subject"]', progress).textContent = view.subject;
      $('[data-testid="progress-status"]', progress).textContent = view.status;
      const stages = $('[data-testid="progress-stages"]', progress);
      stages.replaceChildren(...view.stages.map((name, i) => text('li', name, i < view.stage ? 'done' : i === view.stage ? 'current' : '')));
      const deadlines = $('[data-testid="progress-deadlines"]', progress);
      deadlines.replaceChildren(...view.deadlines.map(d => text('p', `${d.what}：${day(d.date)}前`, 'pt-deadline')));
      const steps = $('[data-testid="progress-steps"]', progress);
      steps.replaceChildren(...view.steps.map(s => {
        const li = document.createElement('li');
        li.append(text('time', date(s.at)), text('span', s.text));
        return li;
      }));
      const answers = $('[data-testid="progress-answers"]', progress);
      answers.replaceChildren(...view.answers.map(a => {
        const article = document.createElement('article');
        article.className = 'pt-answer';
        article.append(text('h3', a.title), text('p', date(a.at), 'pt-hint'), text('div', a.text, 'pt-answer-text'));
        return article;
      }));
      if (view.satisfaction) answers.append(text('p', `您的评价：${view.satisfaction}`, 'pt-status'));
      const noticeBox = $('[data-testid="progress-notices"]', progress);
      $('ul', noticeBox).replaceChildren(...view.notices.map(n => {
        const li = document.createElement('li');
        li.append(text('span', `${n.title}（${n.number}）`));
        for (const [format, label] of [['pdf', 'PDF'], ['docx', 'Word']]) {
          const button = text('button', label, 'pt-btn pt-btn-small');
          button.type = 'button';
          button.dataset.testid = `notice-${format}`;
          button.addEventListener('click', () => downloadNotice(n, format));
          li.append(button);
        }
        return li;
      }));
      noticeBox.hidden = view.notices.length === 0;
      rateForm.hidden = !view.canRate;
      reviewForm.hidden = !view.canAskForReview;
      if (view.reviewDeadline) {
        $('[data-testid="review-deadline"]', reviewForm).textContent = `对答复意见不服的，可在${day(view.reviewDeadline)}前申请复查。`;
      }
      progress.hidden = false;
    }

    async function downloadNotice(notice, format) {
      let response;
      try {
        response = await fetch(`/api/portal/notices/${notice.id}`, {
          method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...current, format }),
        });
      } catch {
        showProblem(trackForm, { detail: '网络连接失败，请检查网络后重试。' });
        return;
      }
      if (!response.ok) {
        showProblem(trackForm, await response.json().catch(() => ({ detail: '下载失败，请稍后再试。' })));
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `${notice.title}（${notice.number}）.${format}`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    }

    trackForm.addEventListener('submit', async event => {
      event.preventDefault();
      clearProblem(trackForm);
      progress.hidden = true;
      current = { caseNumber: trackForm.elements.caseNumber.value.trim(), queryCode: trackForm.elements.queryCode.value.trim() };
      const result = await postJson('/api/portal/track', current);
      if (result.ok) render(result.body); else showProblem(trackForm, result.problem);
    });

    rateForm.addEventListener('submit', async event => {
      event.preventDefault();
      clearProblem(rateForm);
      const chosen = rateForm.elements.satisfaction.value;
      if (!chosen) {
        showProblem(rateForm, { detail: '请选择：满意、基本满意或不满意。' });
        return;
      }
      const result = await postJson('/api/portal/rating', { ...current, satisfaction: chosen, comment: rateForm.elements.comment.value });
      if (result.ok) render(result.body); else showProblem(rateForm, result.problem);
    });

    reviewForm.addEventListener('submit', async event => {
      event.preventDefault();
      clearProblem(reviewForm);
      const result = await postJson('/api/portal/review', { ...current, reason: reviewForm.elements.reason.value });
      if (result.ok) render(result.body); else showProblem(reviewForm, result.problem);
    });
  }
})();
