define([], function() {
  return {
    "articleEditor": {
      "toolbar": "Text formatting",
      "heading2": "Section heading",
      "heading3": "Subheading",
      "bold": "Bold",
      "italic": "Italic",
      "bulletList": "Bulleted list",
      "numberedList": "Numbered list",
      "link": "Link",
      "quote": "Quote",
      "code": "Code",
      "undo": "Undo",
      "redo": "Redo",
      "withShortcut": "{0} ({1})",
      "keyboardHelp": "Alt+F10: formatting toolbar; Ctrl+K: insert a link; Esc: back to the text.",
      "imageDescription": "Image description",
      "imageDescriptionHelp": "What the image shows, for people who cannot see it. Leave empty if it is decorative.",
      "apply": "Apply",
      "linkAddress": "Link address",
      "linkAddressHelp": "A web address (https://…) or an e-mail address.",
      "linkInsert": "Insert link",
      "linkRemove": "Remove link",
      "linkCancel": "Cancel",
      "linkInvalid": "Enter an address starting with https://, http:// or mailto:, or an e-mail address.",
      "loading": "Loading the editor…",
      "imagesUploading": "Sending images: {0}",
      "imageTooLarge": "“{0}” is larger than 5 MB: the image was not added. Make it smaller and paste it again.",
      "imageNotImage": "“{0}” is not an image (PNG, JPEG, GIF or WebP): the file was not added.",
      "imageFailed": "The image “{0}” could not be saved; your text is kept. Paste it again.",
      "imageFromOtherSite": "Images from another site or from a local file are not copied. Save them, then paste or drop them here.",
      "imageFileName": "image",
      "dismiss": "Close the message"
    },
    "articleTemplates": {
      "names": {
        "howto": "How-to",
        "troubleshooting": "Troubleshooting",
        "faq": "Frequently asked question",
        "known_issue": "Known issue",
        "exam_procedure": "Exam procedure"
      },
      "sections": {
        "goal": "Goal",
        "prerequisites": "Before you start",
        "steps": "Steps",
        "result": "Expected result",
        "symptoms": "Symptoms",
        "cause": "Cause",
        "solution": "Solution",
        "workaround": "Workaround",
        "answer": "Answer",
        "details": "More details",
        "affected": "Who is affected",
        "currentStatus": "Current status",
        "when": "When it applies",
        "beforeExam": "Before the exam",
        "duringExam": "During the exam",
        "incident": "If something goes wrong",
        "contacts": "Contacts",
        "moreHelp": "Need more help?"
      }
    }
  };
});
