// The chat widget (templates/public/_chat.html): shows the panel, sends questions and messages to
// /chat/api as JSON with the page's CSRF token, and writes each turn into the live log.
// Text from the server is inserted as text, never as HTML.

const URL_PATTERN = /(https:\/\/[^\s]+[^\s.,;:)])/g;

function csrfToken() {
  return document.querySelector('meta[name="csrf-token"]').content;
}

function newId() {
  // getRandomValues works on plain http too, where randomUUID does not.
  const bytes = window.crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

async function post(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken() },
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(data.error || "Sorry, the chat is not working at the moment.");
    error.field = data.field;
    throw error;
  }
  return data;
}

function appendText(element, text) {
  // Links in answers become real links; everything else stays plain text.
  text.split(URL_PATTERN).forEach((part, index) => {
    if (index % 2 === 1) {
      const link = document.createElement("a");
      link.className = "govuk-link";
      link.href = part;
      link.textContent = part;
      element.append(link);
    } else {
      element.append(document.createTextNode(part));
    }
  });
}

class Chat {
  constructor(panel) {
    this.panel = panel;
    this.session = panel.dataset.session;
    this.history = [];
    this.log = panel.querySelector("#cdop-chat-log");
    this.askForm = panel.querySelector("#cdop-chat-ask");
    this.leaveForm = panel.querySelector("#cdop-chat-leave");
    this.openLeave = panel.querySelector("#cdop-chat-open-leave");
  }

  start() {
    document.querySelector(".cdop-chat__fallback").hidden = true;
    this.panel.hidden = false;
    this.askForm.addEventListener("submit", (event) => this.ask(event));
    this.leaveForm.addEventListener("submit", (event) => this.leave(event));
    this.openLeave.addEventListener("click", () => this.showLeave(true));
  }

  say(who, lines, modifier) {
    const turn = document.createElement("div");
    turn.className = `cdop-chat__turn cdop-chat__turn--${modifier}`;
    const label = document.createElement("span");
    label.className = "cdop-chat__who";
    label.textContent = who;
    turn.append(label);
    lines.forEach((line, index) => {
      if (index > 0) turn.append(document.createTextNode("\n"));
      appendText(turn, line);
    });
    this.log.append(turn);
    this.log.scrollTop = this.log.scrollHeight;
  }

  showError(form, field, message) {
    const error = form.querySelector(`#${field.id}-error`);
    const group = field.closest(".govuk-form-group");
    error.hidden = !message;
    error.querySelector(".cdop-chat__error-text").textContent = message || "";
    group.classList.toggle("govuk-form-group--error", Boolean(message));
    if (message) {
      field.setAttribute("aria-describedby", error.id);
      field.focus();
    } else {
      field.removeAttribute("aria-describedby");
    }
  }

  showLeave(focus) {
    this.leaveForm.hidden = false;
    this.openLeave.setAttribute("aria-expanded", "true");
    this.openLeave.hidden = true;
    if (focus) this.leaveForm.querySelector("#cdop-chat-leave-title").focus();
  }

  async ask(event) {
    event.preventDefault();
    const field = this.askForm.querySelector("#cdop-chat-question");
    const text = field.value.trim();
    if (!text) return this.showError(this.askForm, field, "Enter your question");
    this.showError(this.askForm, field, "");
    this.say("You", [text], "visitor");
    field.value = "";
    try {
      const answer = await post(this.panel.dataset.ask, { session: this.session, text, history: this.history, id: newId() });
      this.history.push(text);
      this.say("Chat", [answer.reply], answer.crisis ? "help" : "bot");
      if (answer.handoff) this.showLeave(false);
    } catch (error) {
      this.say("Chat", [error.message], "help");
    }
    field.focus();
  }

  async leave(event) {
    event.preventDefault();
    const field = this.leaveForm.querySelector("#cdop-chat-leave-text");
    const text = field.value.trim();
    if (!text) return this.showError(this.leaveForm, field, "Enter your message");
    this.showError(this.leaveForm, field, "");
    const body = {
      session: this.session, text, history: this.history, id: this.leaveId || (this.leaveId = newId()),
      email: this.leaveForm.querySelector("#cdop-chat-email").value.trim(),
      phone: this.leaveForm.querySelector("#cdop-chat-phone").value.trim(),
    };
    try {
      const sent = await post(this.panel.dataset.leave, body);
      this.leaveId = null;
      this.leaveForm.reset();
      this.leaveForm.hidden = true;
      this.openLeave.hidden = false;
      this.openLeave.setAttribute("aria-expanded", "false");
      this.say("Message sent", [sent.reply], sent.crisis ? "help" : "bot");
    } catch (error) {
      const wrong = this.leaveForm.querySelector(`[name="${error.field}"]`) || field;
      this.showError(this.leaveForm, wrong, error.message);
    }
  }
}

const panel = document.getElementById("cdop-chat");
if (panel && window.fetch && window.crypto) {
  new Chat(panel).start();
}
