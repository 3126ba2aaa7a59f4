//! Every fixed text of the review screen: the fields are filled from
//! `assets/i18n/<lang>/review.ftl`, key `review-<field-name>`. The protocol's
//! own words come from `protocol::labels`, its data from the file.

crate::texts! {
    /// The fixed texts of the review screen.
    pub struct Strings, prefix "review-" {
        // ------------------------------------------------------------ header and panes
        version,
        your_answer,
        not_chosen,
        approve,
        request_changes,
        comments_only,
        reviewer,
        name_not_given,
        draft_saved,
        whole_protocol,
        item,
        agenda,
        your_comment,
        no_comment,
        // ------------------------------------------------------------ key bar
        bar,
        /// Kept at the right end of the key bar, so a narrow window cuts the others first.
        bar_end,
        // ------------------------------------------------------------ comment editor
        comment_on_item,
        comment_on_whole,
        editor_keys,
        confirm_discard,
        changes_hint,
        comment_noted,
        comment_removed,
        // ------------------------------------------------------------ name
        name_title,
        name_why,
        name_keys,
        err_no_name,
        // ------------------------------------------------------------ writing
        err_no_verdict,
        err_changes_need_comment,
        written,
        not_written,
        not_signed,
        no_file,
        draft_failed,
        // ------------------------------------------------------------ popups
        draft_title,
        saved_at,
        draft_keys,
        draft_restored,
        draft_discarded,
        draft_moved,
        draft_unreadable,
        quit_title,
        quit_keys,
        too_small_hint,
        // ------------------------------------------------------------ help
        help_title,
        help_close,
        help_review_heading,
        help_review,
        help_editor_heading,
        help_editor,
        help_files_heading,
        help_files,
    }
}
